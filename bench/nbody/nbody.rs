//! Reference for nbody.py: the Benchmarks Game n-body simulation, plain Rust.

// The initial conditions are the Benchmarks Game's literals, digits and all.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

#[derive(Clone, Copy)]
struct Body {
    pos: [f64; 3],
    vel: [f64; 3],
    mass: f64,
}

fn bodies() -> Vec<Body> {
    let planet = |pos: [f64; 3], vel: [f64; 3], mass: f64| Body {
        pos,
        vel: vel.map(|v| v * DAYS_PER_YEAR),
        mass: mass * SOLAR_MASS,
    };
    vec![
        Body {
            pos: [0.0; 3],
            vel: [0.0; 3],
            mass: SOLAR_MASS,
        },
        planet(
            [
                4.84143144246472090e00,
                -1.16032004402742839e00,
                -1.03622044471123109e-01,
            ],
            [
                1.66007664274403694e-03,
                7.69901118419740425e-03,
                -6.90460016972063023e-05,
            ],
            9.54791938424326609e-04,
        ),
        planet(
            [
                8.34336671824457987e00,
                4.12479856412430479e00,
                -4.03523417114321381e-01,
            ],
            [
                -2.76742510726862411e-03,
                4.99852801234917238e-03,
                2.30417297573763929e-05,
            ],
            2.85885980666130812e-04,
        ),
        planet(
            [
                1.28943695621391310e01,
                -1.51111514016986312e01,
                -2.23307578892655734e-01,
            ],
            [
                2.96460137564761618e-03,
                2.37847173959480950e-03,
                -2.96589568540237556e-05,
            ],
            4.36624404335156298e-05,
        ),
        planet(
            [
                1.53796971148509165e01,
                -2.59193146099879641e01,
                1.79258772950371181e-01,
            ],
            [
                2.68067772490389322e-03,
                1.62824170038242295e-03,
                -9.51592254519715870e-05,
            ],
            5.15138902046611451e-05,
        ),
    ]
}

fn advance(bodies: &mut [Body], dt: f64, steps: usize) {
    let n = bodies.len();
    for _ in 0..steps {
        for i in 0..n {
            let (left, right) = bodies.split_at_mut(i + 1);
            let b1 = &mut left[i];
            for b2 in right.iter_mut() {
                let dx = b1.pos[0] - b2.pos[0];
                let dy = b1.pos[1] - b2.pos[1];
                let dz = b1.pos[2] - b2.pos[2];
                let dist2 = dx * dx + dy * dy + dz * dz;
                let mag = dt / (dist2 * dist2.sqrt());
                let m1 = b1.mass * mag;
                let m2 = b2.mass * mag;
                b1.vel[0] -= dx * m2;
                b1.vel[1] -= dy * m2;
                b1.vel[2] -= dz * m2;
                b2.vel[0] += dx * m1;
                b2.vel[1] += dy * m1;
                b2.vel[2] += dz * m1;
            }
        }
        for b in bodies.iter_mut() {
            for k in 0..3 {
                b.pos[k] += dt * b.vel[k];
            }
        }
    }
}

fn energy(bodies: &[Body]) -> f64 {
    let mut e = 0.0;
    for (i, b1) in bodies.iter().enumerate() {
        let v = &b1.vel;
        e += 0.5 * b1.mass * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for b2 in &bodies[i + 1..] {
            let dx = b1.pos[0] - b2.pos[0];
            let dy = b1.pos[1] - b2.pos[1];
            let dz = b1.pos[2] - b2.pos[2];
            e -= (b1.mass * b2.mass) / (dx * dx + dy * dy + dz * dz).sqrt();
        }
    }
    e
}

fn offset_momentum(bodies: &mut [Body]) {
    let mut p = [0.0f64; 3];
    for b in bodies.iter() {
        for (pk, vk) in p.iter_mut().zip(b.vel) {
            *pk += vk * b.mass;
        }
    }
    bodies[0].vel = p.map(|pk| -pk / SOLAR_MASS);
}

fn main() {
    let steps = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(300_000);
    let mut bodies = bodies();
    offset_momentum(&mut bodies);
    println!("{:.9}", energy(&bodies));
    advance(&mut bodies, 0.01, steps);
    println!("{:.9}", energy(&bodies));
}
