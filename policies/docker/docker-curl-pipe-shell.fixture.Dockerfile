FROM debian:12-slim
# ruleid: docker-curl-pipe-shell
RUN curl -fsSL https://get.tool.sh | sh
# ruleid: docker-curl-pipe-shell
RUN apt-get update && apt-get install -y curl \
    && curl -sL https://deb.nodesource.com/setup_20.x | bash - \
    && apt-get install -y nodejs
# ruleid: docker-curl-pipe-shell
RUN wget -qO- https://install.tool.dev | sudo -E bash
# ruleid: docker-curl-pipe-shell
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/org/repo/main/install.sh)"
# ok: docker-curl-pipe-shell
RUN curl -fsSLo /tmp/i.sh https://get.tool.sh && sha256sum -c /tmp/i.sh.sha256 && sh /tmp/i.sh
# ok: docker-curl-pipe-shell
RUN curl -s https://api.tool.dev/version | jq -r .tag > /VERSION
# RUN curl https://get.tool.sh | sh
# ok: docker-curl-pipe-shell
RUN echo built
