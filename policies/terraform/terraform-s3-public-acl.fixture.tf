resource "aws_s3_bucket" "assets" {
  bucket = "corp-assets"
  # ruleid: terraform-s3-public-acl
  acl    = "public-read"
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  # ruleid: terraform-s3-public-acl
  acl    = "public-read-write"
}

resource "aws_s3_object" "report" {
  bucket = aws_s3_bucket.assets.id
  key    = "report.pdf"
  # ruleid: terraform-s3-public-acl
  acl    = "authenticated-read"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  # ok: terraform-s3-public-acl
  acl    = "private"
}

resource "aws_s3_bucket_acl" "delivery" {
  bucket = aws_s3_bucket.logs.id
  # ok: terraform-s3-public-acl
  acl    = "log-delivery-write"
}

variable "acl" {
  # ok: terraform-s3-public-acl
  default = "public-read"
}
