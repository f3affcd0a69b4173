package org.newsdrift.model;

import java.util.Arrays;

/**
 * Minimum-cost assignment of rows to columns (the Hungarian method with potentials, O(n²m)) for a rectangular
 * cost matrix: every row is assigned when rows ≤ columns, otherwise every column is.
 */
final class Hungarian {
    private Hungarian() {}

    /** @return for each row, its column, or -1 when the row is left unassigned (more rows than columns) */
    static int[] assign(double[][] cost) {
        int rows = cost.length;
        int cols = rows == 0 ? 0 : cost[0].length;
        if (rows == 0 || cols == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows > cols) {
            int[] byColumn = assign(transpose(cost));
            int[] byRow = new int[rows];
            Arrays.fill(byRow, -1);
            for (int c = 0; c < byColumn.length; c++) {
                byRow[byColumn[c]] = c;
            }
            return byRow;
        }
        // Potentials u (rows) and v (columns), 1-based with a virtual column 0; owner[c] = row assigned to column c.
        double[] u = new double[rows + 1];
        double[] v = new double[cols + 1];
        int[] owner = new int[cols + 1];
        int[] way = new int[cols + 1];
        for (int r = 1; r <= rows; r++) {
            owner[0] = r;
            int c0 = 0;
            double[] minv = new double[cols + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[cols + 1];
            do {
                used[c0] = true;
                int r0 = owner[c0];
                double delta = Double.POSITIVE_INFINITY;
                int c1 = -1;
                for (int c = 1; c <= cols; c++) {
                    if (!used[c]) {
                        double reduced = cost[r0 - 1][c - 1] - u[r0] - v[c];
                        if (reduced < minv[c]) {
                            minv[c] = reduced;
                            way[c] = c0;
                        }
                        if (minv[c] < delta) {
                            delta = minv[c];
                            c1 = c;
                        }
                    }
                }
                for (int c = 0; c <= cols; c++) {
                    if (used[c]) {
                        u[owner[c]] += delta;
                        v[c] -= delta;
                    } else {
                        minv[c] -= delta;
                    }
                }
                c0 = c1;
            } while (owner[c0] != 0);
            do {
                int c1 = way[c0];
                owner[c0] = owner[c1];
                c0 = c1;
            } while (c0 != 0);
        }
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        for (int c = 1; c <= cols; c++) {
            if (owner[c] != 0) {
                result[owner[c] - 1] = c - 1;
            }
        }
        return result;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }
}
