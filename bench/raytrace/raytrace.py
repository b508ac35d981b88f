# A small ray tracer in the object-oriented style: vectors with operators, spheres and a
# checkered plane behind one interface, point lights with shadows, specular highlights
# and reflections. Renders an n x n image and prints checksums of the pixels.
# Usage: raytrace.py [n]
import math
import sys

MAX_DEPTH = 4
EPSILON = 1e-6


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def mul(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalized()

    def color_at(self, p):
        return self.color


class Plane:
    def __init__(self, point, normal, color1, color2, reflect):
        self.point = point
        self.normal = normal
        self.color1 = color1
        self.color2 = color2
        self.reflect = reflect

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return self.normal

    def color_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.color1
        return self.color2


class Light:
    def __init__(self, position, intensity):
        self.position = position
        self.intensity = intensity


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best = None
        best_t = 0.0
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best is None or t < best_t):
                best = obj
                best_t = t
        return best, best_t

    def in_shadow(self, p, direction, distance):
        ray = Ray(p, direction)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(1.0, 1.0, 1.0).scale(1.0 - k) + Vector(0.5, 0.7, 1.0).scale(k)
        p = ray.point_at(t)
        n = obj.normal_at(p)
        base = obj.color_at(p)
        color = base.scale(self.ambient)
        for light in self.lights:
            to_light = light.position - p
            distance = to_light.length()
            l = to_light.scale(1.0 / distance)
            diffuse = n.dot(l)
            if diffuse <= 0.0 or self.in_shadow(p, l, distance):
                continue
            color = color + base.scale(diffuse * light.intensity)
            r = n.scale(2.0 * n.dot(l)) - l
            s = -r.dot(ray.direction)
            if s > 0.0:
                s = s * s
                s = s * s
                s = s * s
                s = s * s
                color = color + Vector(1.0, 1.0, 1.0).scale(s * light.intensity * 0.5)
        if depth < MAX_DEPTH and obj.reflect > 0.0:
            d = ray.direction
            reflected = Ray(p, d - n.scale(2.0 * d.dot(n)))
            color = color.scale(1.0 - obj.reflect) + self.trace(reflected, depth + 1).scale(obj.reflect)
        return color


def make_scene():
    scene = Scene()
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 0.3))
    scene.objects.append(Sphere(Vector(0.0, 1.0, 3.0), 1.0, Vector(0.9, 0.2, 0.2), 0.4))
    scene.objects.append(Sphere(Vector(-2.2, 0.7, 4.0), 0.7, Vector(0.2, 0.9, 0.3), 0.2))
    scene.objects.append(Sphere(Vector(2.0, 0.8, 2.5), 0.8, Vector(0.3, 0.4, 0.95), 0.6))
    scene.objects.append(Sphere(Vector(0.6, 0.3, 1.2), 0.3, Vector(0.95, 0.85, 0.2), 0.1))
    scene.lights.append(Light(Vector(-4.0, 6.0, -2.0), 0.8))
    scene.lights.append(Light(Vector(5.0, 4.0, 0.0), 0.4))
    return scene


def to_byte(c):
    if c > 1.0:
        c = 1.0
    return int(c * 255.0)


def render(scene, width, height):
    eye = Vector(0.0, 1.5, -4.0)
    checksum = 0
    totals = [0, 0, 0]
    for y in range(height):
        for x in range(width):
            u = (2.0 * x - width) / height
            v = (height - 2.0 * y) / height
            direction = Vector(u, v - 0.2, 2.0).normalized()
            color = scene.trace(Ray(eye, direction), 0)
            r = to_byte(color.x)
            g = to_byte(color.y)
            b = to_byte(color.z)
            totals[0] += r
            totals[1] += g
            totals[2] += b
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return totals, checksum


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    totals, checksum = render(make_scene(), n, n)
    print("%d x %d pixels" % (n, n))
    print("channel sums: %d %d %d" % (totals[0], totals[1], totals[2]))
    print("checksum %d" % checksum)


main()
