#!/usr/bin/env bash
# ruleid: bash-tls-verification-disabled
curl -k https://artifacts.corp/tool.tgz -o tool.tgz
# ruleid: bash-tls-verification-disabled
curl -fsSLk https://artifacts.corp/tool.tgz -o tool.tgz
# ruleid: bash-tls-verification-disabled
wget --no-check-certificate https://artifacts.corp/tool.tgz
# ruleid: bash-tls-verification-disabled
git -c http.sslVerify=false clone https://git.corp/app.git
# ruleid: bash-tls-verification-disabled
npm config set strict-ssl false
# ruleid: bash-tls-verification-disabled
pip install --trusted-host pypi.corp -r requirements.txt
# ok: bash-tls-verification-disabled
curl -fsSL --cacert /etc/ssl/corp-ca.pem https://artifacts.corp/tool.tgz -o tool.tgz
# ok: bash-tls-verification-disabled
curl -K ~/.curlrc https://artifacts.corp/
# ok: bash-tls-verification-disabled
wget -q https://artifacts.corp/tool.tgz
# ok: bash-tls-verification-disabled
echo "never use curl -k"  # docs
# curl -k https://old.corp/
# ok: bash-tls-verification-disabled
curl -s https://api.tool.dev/ | grep -k
