#!/usr/bin/env bash
# ruleid: bash-eval-variable
eval "$cmd"
# ruleid: bash-eval-variable
eval $1
# ruleid: bash-eval-variable
eval "export ${name}=${value}"
# ruleid: bash-eval-variable
eval echo "\$$var"
# ok: bash-eval-variable
eval "$(ssh-agent -s)"
# ok: bash-eval-variable
eval "$(pyenv init -)"
# ok: bash-eval-variable
cmd=(git log --oneline -- "$path"); "${cmd[@]}"
# ok: bash-eval-variable
echo "eval $cmd"
OPTS=$(getopt -o hv --long help,verbose -- "$@")
# ok: bash-eval-variable
eval set -- "$OPTS"
