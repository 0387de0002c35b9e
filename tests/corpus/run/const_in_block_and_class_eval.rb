VAL = :top
class Holder
  VAL = :holder
  def self.lam = -> { VAL }
end
p Holder.lam.call
p Holder.class_eval { VAL }
p Holder.class_eval("VAL")
p Holder.instance_eval { VAL }
