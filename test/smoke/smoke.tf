resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"
  tags = {
    env = "dev"
  }
}
