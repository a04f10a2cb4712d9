FROM debian:12-slim
# ruleid: bash-tls-verification-disabled
RUN curl --insecure -fsSLo /tmp/tool.tgz https://artifacts.corp/tool.tgz
# ruleid: bash-tls-verification-disabled
ENV PYTHONHTTPSVERIFY=0
# ok: bash-tls-verification-disabled
RUN curl -fsSLo /tmp/tool.tgz https://artifacts.corp/tool.tgz
