//! Native tests of what a change of the filters shows, hides and renders when.

use super::*;

/// `n` cards, those in `shown` shown.
fn flags(n: usize, shown: &[usize]) -> Vec<bool> {
    (0..n).map(|at| !shown.contains(&at)).collect()
}

#[test]
fn clearing_a_search_shows_the_first_screen_now_and_the_rest_later_in_order() {
    let all: Vec<usize> = (0..100).rev().collect();
    let r = plan(&all, &flags(100, &[99, 50, 3]));
    assert!(r.hide.is_empty());
    // Places 0..24 are 99..=76: 99 is already shown.
    assert_eq!(r.show, (76..99).rev().collect::<Vec<_>>());
    let mut later_expected: Vec<usize> = (0..76).rev().collect();
    later_expected.retain(|at| ![50, 3].contains(at));
    assert_eq!(r.later, later_expected);
}

#[test]
fn a_small_change_is_made_at_once() {
    let r = plan(&[2, 0, 1], &flags(3, &[0]));
    assert_eq!(r, Reveal { hide: vec![], show: vec![2, 1], later: vec![] });
    assert_eq!(plan(&[0], &flags(3, &[0, 1, 2])), Reveal { hide: vec![1, 2], show: vec![], later: vec![] });
    assert_eq!(plan(&[0, 1], &flags(3, &[0, 1])), Reveal::default());
}

#[test]
fn a_change_that_hides_cards_never_leaves_the_list_shorter_than_before_and_after() {
    // 40 shown, swapped for 60 others: at least 40 shown in the change's frame.
    let before: Vec<usize> = (0..40).collect();
    let after: Vec<usize> = (40..100).collect();
    let r = plan(&after, &flags(100, &before));
    assert_eq!(r.hide, before);
    assert_eq!(r.show, (40..80).collect::<Vec<_>>());
    assert_eq!(r.later, (80..100).collect::<Vec<_>>());
    // Narrowing: nothing to show.
    let r = plan(&before[..10], &flags(100, &before));
    assert_eq!((r.hide, r.show, r.later), ((10..40).collect(), vec![], vec![]));
}

#[test]
fn every_card_ends_as_wanted() {
    for (wanted, shown) in
        [(vec![5, 1, 9, 0], vec![1, 2, 3]), ((0..300).collect(), vec![]), (vec![], (0..300).collect())]
    {
        let n = 300;
        let mut off = flags(n, &shown);
        let r = plan(&wanted, &off);
        for at in r.hide {
            off[at] = true;
        }
        for at in r.show.into_iter().chain(r.later) {
            off[at] = false;
        }
        assert_eq!(off, flags(n, &wanted));
    }
}

#[test]
fn the_cards_to_render_now_are_the_shown_ones_landing_on_the_screen() {
    // 0..10 shown; 0..6 hidden: 6, 7, 8 come up onto a screen of three places.
    let off = flags(20, &(0..10).collect::<Vec<_>>());
    let wanted: Vec<usize> = (6..10).collect();
    assert_eq!(on_screen_now(&wanted, &off, 3), vec![6, 7, 8]);
    // A card shown now (15) had its content skipped: rendered now too.
    assert_eq!(on_screen_now(&[15, 6, 7, 8], &off, 3), vec![15, 6, 7]);
    assert!(on_screen_now(&wanted, &off, 0).is_empty());
    assert_eq!(on_screen_now(&[99, 6], &off, 2), vec![6]);
}

#[test]
fn the_cards_shown_now_below_the_screen_wait_a_frame_to_be_rendered() {
    // Clearing a search that showed 0..10: 10..40 come back; a screen of three places.
    let off = flags(50, &(0..10).collect::<Vec<_>>());
    let wanted: Vec<usize> = (10..50).chain(0..10).collect();
    let shown_now = plan(&wanted, &off).show;
    let later = margin_now(&wanted, &off, 3);
    assert_eq!(later, (13..10 + FIRST).collect::<Vec<_>>());
    assert!(later.iter().all(|at| shown_now.contains(at)), "only cards shown now");
    // A card shown already in the margin stays as it is.
    let wanted: Vec<usize> = (10..13).chain(0..10).chain(13..50).collect();
    assert_eq!(margin_now(&wanted, &off, 3), (13..FIRST).collect::<Vec<_>>());
    assert!(margin_now(&wanted, &off, FIRST).is_empty());
}

#[test]
fn positions_outside_the_list_are_ignored() {
    assert_eq!(plan(&[7], &flags(2, &[])), Reveal::default());
}
