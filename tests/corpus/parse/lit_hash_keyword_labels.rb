h = {if: 1, class: 2, end: 3, self: 4}
