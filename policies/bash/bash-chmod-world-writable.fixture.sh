#!/bin/sh
# ruleid: bash-chmod-world-writable
chmod 777 /var/www/uploads
# ruleid: bash-chmod-world-writable
chmod -R 0666 ./data
# ruleid: bash-chmod-world-writable
chmod o+w /run/app.sock
# ruleid: bash-chmod-world-writable
chmod a+rwx deploy.sh
# ok: bash-chmod-world-writable
chmod 755 deploy.sh
# ok: bash-chmod-world-writable
chmod 0640 /etc/app/config.yml
# ok: bash-chmod-world-writable
chmod u+x,g+w build.sh
# ok: bash-chmod-world-writable
echo "do not chmod 777"
