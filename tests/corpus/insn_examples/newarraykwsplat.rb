opts = {verbose: true}
[1, **opts]
