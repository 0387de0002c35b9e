foo \
