def delete_post(request, post):
    # ruleid: python-assert-authorization
    assert request.user.is_staff, "forbidden"
    # ruleid: python-assert-authorization
    assert post.owner == request.user or request.user.has_perm("blog.delete_post")
    # ruleid: python-assert-authorization
    assert user.role == "admin"
    # ruleid: python-assert-authorization
    assert check_password(password, user.password_hash)
    post.delete()


def safe(request, items):
    # ok: python-assert-authorization
    if not request.user.is_staff:
        raise PermissionError("forbidden")
    # ok: python-assert-authorization
    assert len(items) > 0
    # ok: python-assert-authorization
    assert isinstance(items, list), "items must be a list"
    # ok: python-assert-authorization
    # assert request.user.is_staff
