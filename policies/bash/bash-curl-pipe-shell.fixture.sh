#!/usr/bin/env bash
set -euo pipefail
# ruleid: bash-curl-pipe-shell
curl -fsSL https://get.tool.sh | sh
# ruleid: bash-curl-pipe-shell
wget -qO- https://install.tool.dev/setup | sudo -E bash -s -- --yes
# ruleid: bash-curl-pipe-shell
bash <(curl -s https://raw.githubusercontent.com/org/repo/main/install.sh)
# ruleid: bash-curl-pipe-shell
sh -c "$(curl -fsSL https://get.tool.sh)"
# ruleid: bash-curl-pipe-shell
curl -sSL https://bootstrap.pypa.io/get-pip.py | python3
# ok: bash-curl-pipe-shell
curl -fsSLo install.sh https://get.tool.sh && sha256sum -c install.sh.sha256 && sh install.sh
# ok: bash-curl-pipe-shell
curl -s https://api.tool.dev/status | jq .state
# ok: bash-curl-pipe-shell
curl -s https://api.tool.dev/list | grep -c bash
# curl https://get.tool.sh | sh   (documented, not run)
# ok: bash-curl-pipe-shell
echo done
