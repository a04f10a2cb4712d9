resource "aws_db_instance" "main" {
  # ruleid: terraform-storage-unencrypted
  storage_encrypted = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  # ruleid: terraform-storage-unencrypted
  encrypted         = false
}

resource "aws_elasticache_replication_group" "cache" {
  # ruleid: terraform-storage-unencrypted
  at_rest_encryption_enabled = false
  # ok: terraform-storage-unencrypted
  transit_encryption_enabled = true
}

resource "aws_ebs_volume" "logs" {
  # ok: terraform-storage-unencrypted
  encrypted  = true
  # ok: terraform-storage-unencrypted
  kms_key_id = aws_kms_key.logs.arn
}
