a = 'single'
b = 'it\'s'
c = 'back\\slash'
