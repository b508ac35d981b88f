import random
from dataclasses import dataclass, field


class Entity:
    _ids = 0

    def __init__(self, name, hp):
        Entity._ids += 1
        self.id = Entity._ids
        self.name = name
        self.hp = hp
        self.max_hp = hp

    @property
    def alive(self):
        return self.hp > 0

    def take(self, dmg):
        self.hp = max(0, self.hp - dmg)
        return dmg

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.name}, {self.hp}/{self.max_hp})"

    def __lt__(self, other):
        return (self.hp, self.id) < (other.hp, other.id)


class Fighter(Entity):
    def __init__(self, name, hp, power):
        super().__init__(name, hp)
        self.power = power

    def attack(self, other, rng):
        dmg = rng.randint(1, self.power)
        return other.take(dmg)


class Healer(Entity):
    def __init__(self, name, hp, heal):
        super().__init__(name, hp)
        self.heal = heal

    def attack(self, other, rng):
        return other.take(1)

    def support(self, ally):
        before = ally.hp
        ally.hp = min(ally.max_hp, ally.hp + self.heal)
        return ally.hp - before


class Berserker(Fighter):
    def attack(self, other, rng):
        dmg = super().attack(other, rng)
        if self.hp < self.max_hp // 2:
            dmg += other.take(self.power // 2)
        return dmg


@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)

    def alive(self):
        return [m for m in self.members if m.alive]

    def __bool__(self):
        return bool(self.alive())

    def __len__(self):
        return len(self.alive())

    def __iter__(self):
        return iter(self.alive())


def battle(a, b, seed):
    rng = random.Random(seed)
    rnd = 0
    events = []
    while a and b and rnd < 50:
        rnd += 1
        for atk_team, def_team in ((a, b), (b, a)):
            for unit in list(atk_team):
                targets = def_team.alive()
                if not targets:
                    break
                if isinstance(unit, Healer):
                    hurt = min(atk_team.alive())
                    healed = unit.support(hurt)
                    if healed:
                        events.append(f"r{rnd} {unit.name} heals {hurt.name} +{healed}")
                        continue
                target = min(targets)
                dmg = unit.attack(target, rng)
                events.append(f"r{rnd} {unit.name} hits {target.name} -{dmg}")
    winner = a.name if a else b.name if b else "nobody"
    return winner, rnd, events


red = Team("red", [Fighter("Ann", 30, 6), Healer("Bea", 20, 4), Berserker("Cy", 25, 8)])
blue = Team("blue", [Fighter("Dan", 35, 5), Fighter("Eve", 28, 7)])
winner, rounds, events = battle(red, blue, 42)
print(winner, rounds, len(events))
for e in events[:12]:
    print(e)
print(sorted(red.members), sorted(blue.members, reverse=True))
print(len(red), len(blue), bool(red), bool(blue), [m.name for m in red])
print(red.members[0] < red.members[1], max(red.members + blue.members).name)
print(isinstance(red.members[2], Fighter), type(red.members[2]).__mro__[1].__name__)
