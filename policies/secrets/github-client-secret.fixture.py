# ruleid: github-client-secret
GITHUB_CLIENT_SECRET = "2f7deff5083c027c22e1d196a138ed74d53a7a95"
# ruleid: github-client-secret
github_oauth_client_secret: 51fd97593a3692b1544539a2e43326a96fad48df
# ok: github-client-secret
GITHUB_CLIENT_ID = "790a5627278bd0bfa3c5"
# ok: github-client-secret
commit = "670424a222e4d40785433bc1cb74c5edef930c31"
