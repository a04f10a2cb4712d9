FROM alpine:3.20
# ruleid: docker-add-remote-url
ADD https://releases.tool.dev/tool-1.2.3.tar.gz /tmp/
# ruleid: docker-add-remote-url
ADD --chown=app:app http://mirror.corp/app.jar /opt/app/app.jar
# ok: docker-add-remote-url
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://releases.tool.dev/tool-1.2.3.tar.gz /tmp/
# ok: docker-add-remote-url
ADD app.tar.gz /opt/app/
# ok: docker-add-remote-url
COPY https-proxy.conf /etc/
