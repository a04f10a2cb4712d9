resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  # ruleid: terraform-s3-public-access-block-disabled
  block_public_acls       = false
  # ruleid: terraform-s3-public-access-block-disabled
  block_public_policy     = false
  # ok: terraform-s3-public-access-block-disabled
  ignore_public_acls      = true
  # ok: terraform-s3-public-access-block-disabled
  restrict_public_buckets = var.restrict_public
}

resource "aws_s3_account_public_access_block" "account" {
  # ruleid: terraform-s3-public-access-block-disabled
  restrict_public_buckets = false
  # ok: terraform-s3-public-access-block-disabled
  block_public_acls       = true
}
