;; SegmentDesk's k-means row kernels in WebAssembly SIMD (two doubles per instruction): the dense
;; passes of k-means++ and of Lloyd's first assignment, where every row meets every centre.
;; Rows are d doubles; every address is in bytes; a range of rows is [from, to). The memory is
;; shared, so the worker and the kernel helper thread each take half of the rows.
(module
  (memory (import "env" "memory") 1 65536 shared)

  ;; Squared distances from the row at $row to $count rows of centres from $cen, into $out[0..count).
  ;; Per distance the coordinates are summed two by two in two vector accumulators.
  (func $distances (param $row i32) (param $cen i32) (param $count i32) (param $bytes i32) (param $out i32)
    (local $pairs i32) (local $end i32) (local $j i32) (local $acc v128) (local $acc2 v128) (local $e v128) (local $f v128)
    (local $s f64) (local $t f64)
    (local.set $pairs (i32.and (local.get $bytes) (i32.const -16)))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 3))))
    (block $done (loop $centres
      (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
      (local.set $acc (v128.const f64x2 0 0))
      (local.set $acc2 (v128.const f64x2 0 0))
      (local.set $j (i32.const 0))
      (block $quads (loop $quad
        (br_if $quads (i32.gt_u (i32.add (local.get $j) (i32.const 32)) (local.get $pairs)))
        (local.set $e (f64x2.sub (v128.load (i32.add (local.get $row) (local.get $j))) (v128.load (i32.add (local.get $cen) (local.get $j)))))
        (local.set $f (f64x2.sub (v128.load offset=16 (i32.add (local.get $row) (local.get $j))) (v128.load offset=16 (i32.add (local.get $cen) (local.get $j)))))
        (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $e) (local.get $e))))
        (local.set $acc2 (f64x2.add (local.get $acc2) (f64x2.mul (local.get $f) (local.get $f))))
        (local.set $j (i32.add (local.get $j) (i32.const 32)))
        (br $quad)))
      (if (i32.lt_u (local.get $j) (local.get $pairs)) (then
        (local.set $e (f64x2.sub (v128.load (i32.add (local.get $row) (local.get $j))) (v128.load (i32.add (local.get $cen) (local.get $j)))))
        (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $e) (local.get $e))))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))))
      (local.set $acc (f64x2.add (local.get $acc) (local.get $acc2)))
      (local.set $s (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc))))
      (if (i32.lt_u (local.get $j) (local.get $bytes)) (then
        (local.set $t (f64.sub (f64.load (i32.add (local.get $row) (local.get $j))) (f64.load (i32.add (local.get $cen) (local.get $j)))))
        (local.set $s (f64.add (local.get $s) (f64.mul (local.get $t) (local.get $t))))))
      (f64.store (local.get $out) (local.get $s))
      (local.set $out (i32.add (local.get $out) (i32.const 8)))
      (local.set $cen (i32.add (local.get $cen) (local.get $bytes)))
      (br $centres))))

  ;; k-means++ candidates: for each of $count candidate centres (rows from $probes), the sum over the
  ;; rows of the squared distance to the nearest centre so far ($closest) or to the candidate,
  ;; whichever is less, added to $totals[candidate]. $scratch holds $count doubles.
  (func (export "trials") (param $x i32) (param $from i32) (param $to i32) (param $bytes i32) (param $closest i32)
    (param $probes i32) (param $count i32) (param $totals i32) (param $scratch i32)
    (local $row i32) (local $near f64) (local $t i32) (local $s f64) (local $slot i32)
    (local.set $row (i32.add (local.get $x) (i32.mul (local.get $from) (local.get $bytes))))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
      (call $distances (local.get $row) (local.get $probes) (local.get $count) (local.get $bytes) (local.get $scratch))
      (local.set $near (f64.load (i32.add (local.get $closest) (i32.shl (local.get $from) (i32.const 3)))))
      (local.set $t (i32.const 0))
      (block $tdone (loop $cands
        (br_if $tdone (i32.ge_u (local.get $t) (local.get $count)))
        (local.set $s (f64.load (i32.add (local.get $scratch) (i32.shl (local.get $t) (i32.const 3)))))
        (local.set $slot (i32.add (local.get $totals) (i32.shl (local.get $t) (i32.const 3))))
        (f64.store (local.get $slot) (f64.add (f64.load (local.get $slot)) (f64x2.extract_lane 0 (f64x2.pmin (f64x2.splat (local.get $near)) (f64x2.splat (local.get $s))))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $cands)))
      (local.set $from (i32.add (local.get $from) (i32.const 1)))
      (local.set $row (i32.add (local.get $row) (local.get $bytes)))
      (br $rows))))

  ;; A new centre ($probe, number $c) joins: rows nearer to it than to any centre so far take it as
  ;; nearest ($nearest, int32) with the new squared distance ($closest). Returns the rows' summed
  ;; squared distances to their nearest centres. $scratch holds one double.
  (func (export "closer") (param $x i32) (param $from i32) (param $to i32) (param $bytes i32) (param $probe i32)
    (param $c i32) (param $closest i32) (param $nearest i32) (param $scratch i32) (result f64)
    (local $row i32) (local $s f64) (local $near f64) (local $slot i32) (local $label i32) (local $total f64)
    (local.set $row (i32.add (local.get $x) (i32.mul (local.get $from) (local.get $bytes))))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
      (call $distances (local.get $row) (local.get $probe) (i32.const 1) (local.get $bytes) (local.get $scratch))
      (local.set $s (f64.load (local.get $scratch)))
      (local.set $slot (i32.add (local.get $closest) (i32.shl (local.get $from) (i32.const 3))))
      (local.set $near (f64.load (local.get $slot)))
      ;; Branch-free (the comparison goes either way at random, and V8 compiles f64 select and
      ;; f64.min with branches): the index by an integer select, the distance by SIMD pmin.
      (local.set $label (i32.add (local.get $nearest) (i32.shl (local.get $from) (i32.const 2))))
      (i32.store (local.get $label) (select (local.get $c) (i32.load (local.get $label)) (f64.lt (local.get $s) (local.get $near))))
      (local.set $near (f64x2.extract_lane 0 (f64x2.pmin (f64x2.splat (local.get $near)) (f64x2.splat (local.get $s)))))
      (f64.store (local.get $slot) (local.get $near))
      (local.set $total (f64.add (local.get $total) (local.get $near)))
      (local.set $from (i32.add (local.get $from) (i32.const 1)))
      (local.set $row (i32.add (local.get $row) (local.get $bytes)))
      (br $rows)))
    (local.get $total))

  ;; A full assignment with Hamerly's bounds: each row to its nearest of $k centres (the first of
  ;; equals), $labels (int32) updated; the bounds stored as offsets from the drift, as the sparse
  ;; passes read them: upper = distance to the nearest − drift[nearest], lower = distance to the
  ;; second nearest + $driftMax; each row added to its cluster's coordinate $sums and $counts.
  ;; Returns how many labels changed. $scratch holds k doubles.
  (func (export "nearest") (param $x i32) (param $from i32) (param $to i32) (param $bytes i32) (param $centers i32) (param $k i32)
    (param $drift i32) (param $driftMax f64) (param $labels i32) (param $upper i32) (param $lower i32)
    (param $sums i32) (param $counts i32) (param $scratch i32) (result i32)
    (local $row i32) (local $c i32) (local $s f64) (local $best i32) (local $bestDist f64) (local $next f64)
    (local $slot i32) (local $changed i32) (local $j i32) (local $pairs i32) (local $sum i32)
    (local.set $pairs (i32.and (local.get $bytes) (i32.const -16)))
    (local.set $row (i32.add (local.get $x) (i32.mul (local.get $from) (local.get $bytes))))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
      (call $distances (local.get $row) (local.get $centers) (local.get $k) (local.get $bytes) (local.get $scratch))
      (local.set $best (i32.const 0))
      (local.set $bestDist (f64.const inf))
      (local.set $next (f64.const inf))
      (local.set $c (i32.const 0))
      (block $cdone (loop $cents
        (br_if $cdone (i32.ge_u (local.get $c) (local.get $k)))
        (local.set $s (f64.load (i32.add (local.get $scratch) (i32.shl (local.get $c) (i32.const 3)))))
        ;; Branch-free: best = min(best, s) (the first of equals kept), next = min(next, max(best, s)).
        (local.set $best (select (local.get $c) (local.get $best) (f64.lt (local.get $s) (local.get $bestDist))))
        (local.set $next (f64x2.extract_lane 0 (f64x2.pmin (f64x2.splat (local.get $next))
          (f64x2.pmax (f64x2.splat (local.get $bestDist)) (f64x2.splat (local.get $s))))))
        (local.set $bestDist (f64x2.extract_lane 0 (f64x2.pmin (f64x2.splat (local.get $bestDist)) (f64x2.splat (local.get $s)))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $cents)))
      (f64.store (i32.add (local.get $upper) (i32.shl (local.get $from) (i32.const 3)))
        (f64.sub (f64.sqrt (local.get $bestDist)) (f64.load (i32.add (local.get $drift) (i32.shl (local.get $best) (i32.const 3))))))
      (f64.store (i32.add (local.get $lower) (i32.shl (local.get $from) (i32.const 3)))
        (f64.add (f64.sqrt (local.get $next)) (local.get $driftMax)))
      (local.set $slot (i32.add (local.get $labels) (i32.shl (local.get $from) (i32.const 2))))
      (if (i32.ne (i32.load (local.get $slot)) (local.get $best)) (then
        (i32.store (local.get $slot) (local.get $best))
        (local.set $changed (i32.add (local.get $changed) (i32.const 1)))))
      (local.set $slot (i32.add (local.get $counts) (i32.shl (local.get $best) (i32.const 3))))
      (f64.store (local.get $slot) (f64.add (f64.load (local.get $slot)) (f64.const 1)))
      (local.set $sum (i32.add (local.get $sums) (i32.mul (local.get $best) (local.get $bytes))))
      (local.set $j (i32.const 0))
      (block $pdone (loop $adds
        (br_if $pdone (i32.ge_u (local.get $j) (local.get $pairs)))
        (v128.store (i32.add (local.get $sum) (local.get $j))
          (f64x2.add (v128.load (i32.add (local.get $sum) (local.get $j))) (v128.load (i32.add (local.get $row) (local.get $j)))))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))
        (br $adds)))
      (if (i32.lt_u (local.get $j) (local.get $bytes)) (then
        (f64.store (i32.add (local.get $sum) (local.get $j))
          (f64.add (f64.load (i32.add (local.get $sum) (local.get $j))) (f64.load (i32.add (local.get $row) (local.get $j)))))))
      (local.set $from (i32.add (local.get $from) (i32.const 1)))
      (local.set $row (i32.add (local.get $row) (local.get $bytes)))
      (br $rows)))
    (local.get $changed))

  ;; The rows' summed squared distances to their own centres ($labels): the inertia.
  (func (export "inertia") (param $x i32) (param $from i32) (param $to i32) (param $bytes i32) (param $centers i32)
    (param $labels i32) (param $scratch i32) (result f64)
    (local $row i32) (local $total f64)
    (local.set $row (i32.add (local.get $x) (i32.mul (local.get $from) (local.get $bytes))))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
      (call $distances (local.get $row)
        (i32.add (local.get $centers) (i32.mul (i32.load (i32.add (local.get $labels) (i32.shl (local.get $from) (i32.const 2)))) (local.get $bytes)))
        (i32.const 1) (local.get $bytes) (local.get $scratch))
      (local.set $total (f64.add (local.get $total) (f64.load (local.get $scratch))))
      (local.set $from (i32.add (local.get $from) (i32.const 1)))
      (local.set $row (i32.add (local.get $row) (local.get $bytes)))
      (br $rows)))
    (local.get $total))

  ;; Adds each row's coordinates (minus $mean's, squared, when $square is 1) to $out (d doubles):
  ;; the two passes of the columns' variances.
  (func (export "moments") (param $x i32) (param $from i32) (param $to i32) (param $bytes i32) (param $mean i32) (param $square i32) (param $out i32)
    (local $row i32) (local $j i32) (local $pairs i32) (local $e v128) (local $t f64)
    (local.set $pairs (i32.and (local.get $bytes) (i32.const -16)))
    (local.set $row (i32.add (local.get $x) (i32.mul (local.get $from) (local.get $bytes))))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
      (local.set $j (i32.const 0))
      (block $pdone (loop $lanes
        (br_if $pdone (i32.ge_u (local.get $j) (local.get $pairs)))
        (local.set $e (f64x2.sub (v128.load (i32.add (local.get $row) (local.get $j))) (v128.load (i32.add (local.get $mean) (local.get $j)))))
        (if (local.get $square) (then (local.set $e (f64x2.mul (local.get $e) (local.get $e)))))
        (v128.store (i32.add (local.get $out) (local.get $j)) (f64x2.add (v128.load (i32.add (local.get $out) (local.get $j))) (local.get $e)))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))
        (br $lanes)))
      (if (i32.lt_u (local.get $j) (local.get $bytes)) (then
        (local.set $t (f64.sub (f64.load (i32.add (local.get $row) (local.get $j))) (f64.load (i32.add (local.get $mean) (local.get $j)))))
        (if (local.get $square) (then (local.set $t (f64.mul (local.get $t) (local.get $t)))))
        (f64.store (i32.add (local.get $out) (local.get $j)) (f64.add (f64.load (i32.add (local.get $out) (local.get $j))) (local.get $t)))))
      (local.set $from (i32.add (local.get $from) (i32.const 1)))
      (local.set $row (i32.add (local.get $row) (local.get $bytes)))
      (br $rows))))
)
