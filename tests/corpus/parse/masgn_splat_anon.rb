a, * = list
*, z = list
