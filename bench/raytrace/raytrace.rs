//! Reference for raytrace.py: the same scene and shading, with a Copy vector type and
//! the shapes behind a trait object. Every float operation is done in the Python
//! program's order, so the pixels are bit-for-bit the same.

use std::ops::{Add, Sub};

const MAX_DEPTH: u32 = 4;
const EPSILON: f64 = 1e-6;

#[derive(Clone, Copy)]
struct Vector {
    x: f64,
    y: f64,
    z: f64,
}

const fn v(x: f64, y: f64, z: f64) -> Vector {
    Vector { x, y, z }
}

impl Add for Vector {
    type Output = Vector;
    fn add(self, o: Vector) -> Vector {
        v(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}

impl Sub for Vector {
    type Output = Vector;
    fn sub(self, o: Vector) -> Vector {
        v(self.x - o.x, self.y - o.y, self.z - o.z)
    }
}

impl Vector {
    fn scale(self, k: f64) -> Vector {
        v(self.x * k, self.y * k, self.z * k)
    }
    fn dot(self, o: Vector) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    fn length(self) -> f64 {
        self.dot(self).sqrt()
    }
    fn normalized(self) -> Vector {
        self.scale(1.0 / self.length())
    }
}

struct Ray {
    origin: Vector,
    direction: Vector,
}

impl Ray {
    fn point_at(&self, t: f64) -> Vector {
        self.origin + self.direction.scale(t)
    }
}

trait Shape {
    fn intersect(&self, ray: &Ray) -> Option<f64>;
    fn normal_at(&self, p: Vector) -> Vector;
    fn color_at(&self, p: Vector) -> Vector;
    fn reflect(&self) -> f64;
}

struct Sphere {
    center: Vector,
    radius: f64,
    color: Vector,
    reflect: f64,
}

impl Shape for Sphere {
    fn intersect(&self, ray: &Ray) -> Option<f64> {
        let oc = ray.origin - self.center;
        let b = oc.dot(ray.direction);
        let c = oc.dot(oc) - self.radius * self.radius;
        let disc = b * b - c;
        if disc < 0.0 {
            return None;
        }
        let root = disc.sqrt();
        [-b - root, -b + root].into_iter().find(|&t| t > EPSILON)
    }
    fn normal_at(&self, p: Vector) -> Vector {
        (p - self.center).normalized()
    }
    fn color_at(&self, _: Vector) -> Vector {
        self.color
    }
    fn reflect(&self) -> f64 {
        self.reflect
    }
}

struct Plane {
    point: Vector,
    normal: Vector,
    color1: Vector,
    color2: Vector,
    reflect: f64,
}

impl Shape for Plane {
    fn intersect(&self, ray: &Ray) -> Option<f64> {
        let denom = self.normal.dot(ray.direction);
        if denom.abs() < 1e-9 {
            return None;
        }
        let t = (self.point - ray.origin).dot(self.normal) / denom;
        (t > EPSILON).then_some(t)
    }
    fn normal_at(&self, _: Vector) -> Vector {
        self.normal
    }
    fn color_at(&self, p: Vector) -> Vector {
        if (p.x.floor() as i64 + p.z.floor() as i64).rem_euclid(2) == 0 {
            self.color1
        } else {
            self.color2
        }
    }
    fn reflect(&self) -> f64 {
        self.reflect
    }
}

struct Light {
    position: Vector,
    intensity: f64,
}

struct Scene {
    objects: Vec<Box<dyn Shape>>,
    lights: Vec<Light>,
    ambient: f64,
}

impl Scene {
    fn nearest(&self, ray: &Ray) -> Option<(&dyn Shape, f64)> {
        let mut best: Option<(&dyn Shape, f64)> = None;
        for obj in &self.objects {
            if let Some(t) = obj.intersect(ray)
                && best.is_none_or(|(_, bt)| t < bt)
            {
                best = Some((obj.as_ref(), t));
            }
        }
        best
    }

    fn in_shadow(&self, p: Vector, direction: Vector, distance: f64) -> bool {
        let ray = Ray {
            origin: p,
            direction,
        };
        self.objects
            .iter()
            .any(|o| o.intersect(&ray).is_some_and(|t| t < distance))
    }

    fn trace(&self, ray: &Ray, depth: u32) -> Vector {
        let Some((obj, t)) = self.nearest(ray) else {
            let k = 0.5 * (ray.direction.y + 1.0);
            return v(1.0, 1.0, 1.0).scale(1.0 - k) + v(0.5, 0.7, 1.0).scale(k);
        };
        let p = ray.point_at(t);
        let n = obj.normal_at(p);
        let base = obj.color_at(p);
        let mut color = base.scale(self.ambient);
        for light in &self.lights {
            let to_light = light.position - p;
            let distance = to_light.length();
            let l = to_light.scale(1.0 / distance);
            let diffuse = n.dot(l);
            if diffuse <= 0.0 || self.in_shadow(p, l, distance) {
                continue;
            }
            color = color + base.scale(diffuse * light.intensity);
            let r = n.scale(2.0 * n.dot(l)) - l;
            let mut s = -r.dot(ray.direction);
            if s > 0.0 {
                for _ in 0..4 {
                    s = s * s;
                }
                color = color + v(1.0, 1.0, 1.0).scale(s * light.intensity * 0.5);
            }
        }
        if depth < MAX_DEPTH && obj.reflect() > 0.0 {
            let d = ray.direction;
            let reflected = Ray {
                origin: p,
                direction: d - n.scale(2.0 * d.dot(n)),
            };
            color = color.scale(1.0 - obj.reflect())
                + self.trace(&reflected, depth + 1).scale(obj.reflect());
        }
        color
    }
}

fn make_scene() -> Scene {
    let sphere = |center, radius, color, reflect| -> Box<dyn Shape> {
        Box::new(Sphere {
            center,
            radius,
            color,
            reflect,
        })
    };
    Scene {
        objects: vec![
            Box::new(Plane {
                point: v(0.0, 0.0, 0.0),
                normal: v(0.0, 1.0, 0.0),
                color1: v(0.9, 0.9, 0.9),
                color2: v(0.1, 0.1, 0.1),
                reflect: 0.3,
            }),
            sphere(v(0.0, 1.0, 3.0), 1.0, v(0.9, 0.2, 0.2), 0.4),
            sphere(v(-2.2, 0.7, 4.0), 0.7, v(0.2, 0.9, 0.3), 0.2),
            sphere(v(2.0, 0.8, 2.5), 0.8, v(0.3, 0.4, 0.95), 0.6),
            sphere(v(0.6, 0.3, 1.2), 0.3, v(0.95, 0.85, 0.2), 0.1),
        ],
        lights: vec![
            Light {
                position: v(-4.0, 6.0, -2.0),
                intensity: 0.8,
            },
            Light {
                position: v(5.0, 4.0, 0.0),
                intensity: 0.4,
            },
        ],
        ambient: 0.1,
    }
}

fn to_byte(c: f64) -> u64 {
    (c.min(1.0) * 255.0) as u64
}

fn render(scene: &Scene, width: u32, height: u32) -> ([u64; 3], u64) {
    let eye = v(0.0, 1.5, -4.0);
    let mut checksum = 0u64;
    let mut totals = [0u64; 3];
    let (w, h) = (width as f64, height as f64);
    for y in 0..height {
        for x in 0..width {
            let u = (2.0 * x as f64 - w) / h;
            let vv = (h - 2.0 * y as f64) / h;
            let direction = v(u, vv - 0.2, 2.0).normalized();
            let color = scene.trace(
                &Ray {
                    origin: eye,
                    direction,
                },
                0,
            );
            let (r, g, b) = (to_byte(color.x), to_byte(color.y), to_byte(color.z));
            totals[0] += r;
            totals[1] += g;
            totals[2] += b;
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1_000_000_007;
        }
    }
    (totals, checksum)
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(240);
    let (totals, checksum) = render(&make_scene(), n, n);
    println!("{n} x {n} pixels");
    println!("channel sums: {} {} {}", totals[0], totals[1], totals[2]);
    println!("checksum {checksum}");
}
