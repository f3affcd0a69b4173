package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {
    @Test
    void findsTheCheapestAssignmentWhereGreedyChoiceFails() {
        // Greedy takes (0,0) = 1 and is left with (1,1) = 10; the best is (0,1) + (1,0) = 2 + 2.
        double[][] cost = {{1, 2}, {2, 10}};
        assertThat(Hungarian.assign(cost)).containsExactly(1, 0);
    }

    @Test
    void leavesTheExtraRowsUnassignedWhenThereAreMoreRowsThanColumns() {
        double[][] cost = {{5, 1}, {1, 5}, {0.4, 0.5}};
        int[] assigned = Hungarian.assign(cost);
        // Row 0 takes column 1 and row 2 column 0 (total 1.4), cheaper than rows 0 and 1 (total 2).
        assertThat(assigned).containsExactly(1, -1, 0);
    }

    @Test
    void matchesBruteForceOnRandomSquareMatrices() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(6);
            double[][] cost = new double[n][n];
            for (double[] row : cost) {
                for (int j = 0; j < n; j++) {
                    row[j] = random.nextDouble();
                }
            }
            int[] assigned = Hungarian.assign(cost);
            assertThat(total(cost, assigned))
                    .isCloseTo(bruteForce(cost, new boolean[n], 0), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(java.util.Arrays.stream(assigned).distinct().count()).isEqualTo(n);
        }
    }

    private static double total(double[][] cost, int[] assigned) {
        double sum = 0;
        for (int i = 0; i < assigned.length; i++) {
            sum += cost[i][assigned[i]];
        }
        return sum;
    }

    private static double bruteForce(double[][] cost, boolean[] used, int row) {
        if (row == cost.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < cost.length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.min(best, cost[row][c] + bruteForce(cost, used, row + 1));
                used[c] = false;
            }
        }
        return best;
    }
}
