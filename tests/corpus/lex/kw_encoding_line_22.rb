p __LINE__
p __LINE__ + 1
p __ENCODING__.name, __FILE__.size
