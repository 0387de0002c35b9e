module Settings
  LIMIT = 10
end
def limit = Settings::LIMIT
p limit
Settings.send(:remove_const, :LIMIT)
Settings.const_set(:LIMIT, 20)
p limit
Settings.module_eval { remove_const(:LIMIT) }
Settings::LIMIT = 30
p limit
