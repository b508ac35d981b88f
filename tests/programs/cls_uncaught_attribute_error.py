# A typo'd attribute on an instance: uncaught AttributeError with the class name in the message.
class Sensor:
    def __init__(self, name):
        self.name = name
        self.readings = []

    def record(self, value):
        self.readings.append(value)

    def average(self):
        return sum(self.readings) / len(self.readings)


s = Sensor("t1")
for v in [20.5, 21.0, 22.5]:
    s.record(v)
print(s.name, s.average())
print(getattr(s, "unit", "C"))
print(s.reading)
