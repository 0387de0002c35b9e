respond_to?(:__FILE__)
x = :BEGIN
y = :defined?
z = :then
