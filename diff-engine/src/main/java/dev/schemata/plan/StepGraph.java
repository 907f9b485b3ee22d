package dev.schemata.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Steps and "must run before" edges, sorted topologically with ties broken by rank and id. */
final class StepGraph {
    static final Comparator<Step> TIE_BREAK = Comparator.comparingInt(Step::rank).thenComparingInt(Step::id);

    private final Map<Step, Set<Step>> predecessors = new LinkedHashMap<>();

    StepGraph(List<Step> steps) {
        steps.forEach(s -> predecessors.put(s, new TreeSet<>(TIE_BREAK)));
    }

    List<Step> steps() {
        return List.copyOf(predecessors.keySet());
    }

    /** Records that {@code first} must run before {@code then}; an edge to itself is ignored. */
    void order(Step first, Step then) {
        if (first != then) {
            predecessors.get(then).add(first);
        }
    }

    /** Whether the edges already make {@code first} run before {@code then}, directly or through others. */
    boolean precedes(Step first, Step then) {
        Set<Step> seen = new HashSet<>();
        Deque<Step> open = new ArrayDeque<>(predecessors.get(then));
        while (!open.isEmpty()) {
            Step step = open.pop();
            if (step == first) {
                return true;
            }
            if (seen.add(step)) {
                open.addAll(predecessors.get(step));
            }
        }
        return false;
    }

    Set<Step> predecessors(Step step) {
        return predecessors.get(step);
    }

    List<Step> sorted() {
        Map<Step, Integer> waitingFor = new LinkedHashMap<>();
        Map<Step, List<Step>> successors = new LinkedHashMap<>();
        predecessors.forEach((step, before) -> {
            waitingFor.put(step, before.size());
            before.forEach(b -> successors.computeIfAbsent(b, k -> new ArrayList<>()).add(step));
        });
        PriorityQueue<Step> ready = new PriorityQueue<>(TIE_BREAK);
        waitingFor.forEach((step, n) -> {
            if (n == 0) ready.add(step);
        });
        List<Step> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Step next = ready.poll();
            order.add(next);
            for (Step s : successors.getOrDefault(next, List.of())) {
                if (waitingFor.merge(s, -1, Integer::sum) == 0) {
                    ready.add(s);
                }
            }
        }
        if (order.size() < predecessors.size()) {
            String stuck = waitingFor.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> "  " + e.getKey()).collect(Collectors.joining("\n"));
            throw new IllegalStateException("The plan's steps depend on each other in a cycle; this is a bug in "
                    + "Schemata, please report it with the schema. Steps in or after the cycle:\n" + stuck);
        }
        return order;
    }
}
