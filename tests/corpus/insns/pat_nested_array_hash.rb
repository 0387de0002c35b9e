data = { user: { roles: [:admin, :dev] } }
case data
in { user: { roles: [*, :admin, *] } } then p :admin
else p :no
end
