class MyUniqueWidget; end
class MyUniqueWidgetSub < MyUniqueWidget; end
found = ObjectSpace.each_object(Class).select { |c| c < MyUniqueWidget || c == MyUniqueWidget }
p found.map(&:name).sort
keep = [MyUniqueWidget.new, MyUniqueWidget.new]
p ObjectSpace.each_object(MyUniqueWidget).count >= 2
p ObjectSpace.each_object(Class).is_a?(Integer) rescue p ObjectSpace.each_object(Class).class
p MyUniqueWidget.subclasses rescue p $!.class
