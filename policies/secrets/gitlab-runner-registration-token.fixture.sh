# ruleid: gitlab-runner-registration-token
gitlab-runner register --registration-token GR1348941x9klv7lnlUU4HkaMKr-w
# ok: gitlab-runner-registration-token
gitlab-runner register --registration-token GR1348941
