# ruleid: gitlab-pipeline-trigger-token
curl -F token=glptt-17172e570ead545ddd9a50eee8f55b85d40c1f88 https://gitlab.com/api/v4/projects/1/trigger/pipeline
# ok: gitlab-pipeline-trigger-token
curl -F token=glptt-abc https://gitlab.com
