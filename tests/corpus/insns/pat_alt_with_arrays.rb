case [:done]
in [:ok, _] | [:done] then p :good
else p :unknown
end
