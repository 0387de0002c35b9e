source.download full_spec, path
installer.add_local name, src.spec, src
if spec = installer.local?(name)
  spec -1
end
Bundler.settings.set_local(name, nil)
name [0]
