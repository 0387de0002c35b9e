y ||= 1
y -1
z += 2 rescue nil
z [0] rescue nil
