cfg = {db: {host: "x", port: 5432}, list: [{a: 1}]}
