//! Order statistics of a sample of measurements.

/// Summary of a sample: quantiles by linear interpolation between order statistics
/// (Hyndman & Fan type 7, numpy's default), so q1/q3 and p99 are defined for any n >= 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub n: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
    pub mean: f64,
    /// Sample standard deviation (n - 1); 0 for a single value.
    pub stdev: f64,
}

/// The smallest sample for which a p99 is reported: below it p99 is just the maximum and
/// says nothing the maximum does not.
pub const MIN_RUNS_FOR_P99: usize = 20;

impl Summary {
    /// `None` for an empty sample or one holding a NaN.
    pub fn of(values: &[f64]) -> Option<Summary> {
        if values.is_empty() || values.iter().any(|v| v.is_nan()) {
            return None;
        }
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let mean = v.iter().sum::<f64>() / n as f64;
        let stdev = if n > 1 {
            (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt()
        } else {
            0.0
        };
        Some(Summary {
            n,
            min: v[0],
            q1: quantile_sorted(&v, 0.25),
            median: quantile_sorted(&v, 0.5),
            q3: quantile_sorted(&v, 0.75),
            max: v[n - 1],
            mean,
            stdev,
        })
    }

    /// Interquartile range over the median: the spread as a fraction of the typical value.
    pub fn rel_iqr(&self) -> f64 {
        if self.median > 0.0 {
            (self.q3 - self.q1) / self.median
        } else {
            0.0
        }
    }

    /// Coefficient of variation (stdev / mean).
    pub fn cv(&self) -> f64 {
        if self.mean > 0.0 {
            self.stdev / self.mean
        } else {
            0.0
        }
    }
}

/// Quantile `q` in [0, 1] of an ascending, non-empty slice (type 7).
pub fn quantile_sorted(v: &[f64], q: f64) -> f64 {
    let Some(&last) = v.last() else {
        return f64::NAN;
    };
    let h = (v.len() - 1) as f64 * q.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(v.len() - 1);
    match (v.get(lo), v.get(hi)) {
        (Some(a), Some(b)) => a + (h - lo as f64) * (b - a),
        _ => last,
    }
}

/// Quantile of an unsorted sample.
pub fn quantile(values: &[f64], q: f64) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    quantile_sorted(&v, q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_match_numpy_type7() {
        // numpy.quantile([1, 2, 3, 4], [0.25, 0.5, 0.75]) == [1.75, 2.5, 3.25]
        let s = Summary::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!((s.q1, s.median, s.q3), (1.75, 2.5, 3.25));
        assert_eq!((s.min, s.max, s.n), (1.0, 4.0, 4));
        assert!((s.stdev - 1.2909944487358056).abs() < 1e-12);
        // numpy.quantile(range(1, 21), 0.99) == 19.81
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert!((quantile(&v, 0.99) - 19.81).abs() < 1e-9);
    }

    #[test]
    fn degenerate_samples() {
        assert_eq!(Summary::of(&[]), None);
        assert_eq!(Summary::of(&[1.0, f64::NAN]), None);
        let s = Summary::of(&[5.0]).unwrap();
        assert_eq!((s.q1, s.median, s.q3, s.stdev), (5.0, 5.0, 5.0, 0.0));
        assert_eq!(s.rel_iqr(), 0.0);
        let z = Summary::of(&[0.0, 0.0]).unwrap();
        assert_eq!((z.rel_iqr(), z.cv()), (0.0, 0.0));
    }
}
