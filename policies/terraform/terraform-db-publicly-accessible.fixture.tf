resource "aws_db_instance" "main" {
  engine = "postgres"
  # ruleid: terraform-db-publicly-accessible
  publicly_accessible = true
}

resource "aws_redshift_cluster" "dw" {
  cluster_identifier = "dw"
  # ruleid: terraform-db-publicly-accessible
  publicly_accessible = true
}

resource "aws_db_instance" "replica" {
  # ok: terraform-db-publicly-accessible
  publicly_accessible = false
}

resource "aws_db_instance" "configurable" {
  # ok: terraform-db-publicly-accessible
  publicly_accessible = var.public
}
