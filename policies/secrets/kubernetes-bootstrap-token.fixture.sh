# ruleid: kubernetes-bootstrap-token
kubeadm join 10.0.0.1:6443 --token auwxcp.1lxtw3btosuztxc5
# ok: kubernetes-bootstrap-token
kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef
