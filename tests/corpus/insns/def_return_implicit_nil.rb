def nothing; end
p nothing
