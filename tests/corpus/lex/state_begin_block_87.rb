begin
end
begin; rescue; end
x = begin 1 end
