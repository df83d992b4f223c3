// DriverCheck: the extension's types and workspace views through pgJDBC.
// Compiled and run by test/extra/hardening/drivers.py, which passes the
// values to check on stdin, one a line: TYPE <TAB> LITERAL <TAB> CANONICAL
// TEXT <TAB> SEND BYTES IN HEX (what the server's send function gives)
// <TAB> SEND FUNCTION.
// Prints TAP-like lines ("ok - ...", "not ok - ...") and, for each view
// column, "META <TAB> view <TAB> column <TAB> java.sql.Types code <TAB>
// type name" for drivers.py to judge. A third argument names a file of
// filters with bind parameters to run (see filters()), printed as FILTER
// lines for drivers.py to compare with the server's own answers.
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

public class DriverCheck {
    static int failed = 0;

    static void ok(boolean cond, String what) {
        System.out.println((cond ? "ok - " : "not ok - ") + what);
        if (!cond)
            failed++;
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b)
            s.append(String.format("%02x", x));
        return s.toString();
    }

    static byte[] unhex(String h) {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++)
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        return b;
    }

    static Connection connect(String url, String mode) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", System.getenv().getOrDefault("PGUSER", "postgres"));
        String pw = System.getenv("PGPASSWORD");
        if (pw != null)
            p.setProperty("password", pw);
        if (mode.equals("binary")) {
            // binary transfer for every type pgjdbc knows, server-side
            // prepared statements from the first execution
            p.setProperty("binaryTransfer", "true");
            p.setProperty("prepareThreshold", "-1");
        } else {
            p.setProperty("binaryTransfer", "false");
        }
        // setString() sends untyped parameters, as BI tools configure it
        p.setProperty("stringtype", "unspecified");
        return DriverManager.getConnection(url, p);
    }

    // a binary COPY stream: one row, one field holding PAYLOAD
    static byte[] copyBinary(byte[] payload) throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(bo);
        o.write("PGCOPY\n".getBytes(StandardCharsets.US_ASCII));
        o.write(new byte[] {(byte) 0xff, '\r', '\n', 0});
        o.writeInt(0);
        o.writeInt(0);
        o.writeShort(1);
        o.writeInt(payload.length);
        o.write(payload);
        o.writeShort(-1);
        return bo.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String workspace = args.length > 1 ? args[1] : "";
        List<String[]> vals = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            if (!line.isEmpty())
                vals.add(line.split("\t", -1));
        }
        for (String mode : new String[] {"text", "binary"}) {
            try (Connection c = connect(url, mode)) {
                Statement st = c.createStatement();
                int bad = 0, n = 0;
                String lastType = null, tab = null;
                int ntypes = 0;
                List<String> problems = new ArrayList<>();
                for (String[] v : vals) {
                    String typ = v[0], lit = v[1], canon = v[2], send = v[3];
                    if (!typ.equals(lastType)) {
                        if (lastType != null)
                            report(mode, lastType, n, bad, problems);
                        lastType = typ;
                        n = 0;
                        bad = 0;
                        problems.clear();
                        // a table name per type: server-prepared statements
                        // keep the parameter types they were prepared with
                        tab = "jdbc_v" + (++ntypes);
                        st.execute("CREATE TEMP TABLE " + tab + " (id int, how text, v " + typ + ")");
                    }
                    n++;
                    st.execute("TRUNCATE " + tab);
                    // text writes: setString (untyped) and setObject(Types.OTHER)
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + tab + " VALUES (?, ?, ?)")) {
                        ps.setInt(1, 1);
                        ps.setString(2, "setString");
                        ps.setString(3, lit);
                        ps.executeUpdate();
                        ps.setInt(1, 2);
                        ps.setString(2, "setObject");
                        ps.setObject(3, lit, Types.OTHER);
                        ps.executeUpdate();
                    }
                    // binary write: a binary COPY of the send bytes (recv)
                    CopyManager cm = c.unwrap(PGConnection.class).getCopyAPI();
                    cm.copyIn("COPY " + tab + " (v) FROM STDIN (FORMAT binary)",
                              new ByteArrayInputStream(copyBinary(unhex(send))));
                    st.execute("UPDATE " + tab + " SET id = 3, how = 'binary COPY' WHERE id IS NULL");
                    // reads: getString (the value itself, as pgjdbc decodes
                    // it: text for a type it does not know, whatever the
                    // binaryTransfer setting) and the send bytes as bytea
                    // (binary transfer of bytea when binaryTransfer=true)
                    String sendfn = v[4];
                    try (PreparedStatement ps = c.prepareStatement(
                             "SELECT id, how, v, " + sendfn + "(v) FROM " + tab + " ORDER BY id");
                         ResultSet rs = ps.executeQuery()) {
                        int rows = 0;
                        while (rs.next()) {
                            rows++;
                            String got = rs.getString(3);
                            String gotHex = hex(rs.getBytes(4));
                            if (!canon.equals(got) || !send.equals(gotHex)) {
                                bad++;
                                if (problems.size() < 3)
                                    problems.add(rs.getString(2) + " of '" + lit + "' gave '" + got + "'");
                            }
                        }
                        if (rows != 3) {
                            bad++;
                            problems.add(rows + " rows instead of 3 for '" + lit + "'");
                        }
                    }
                }
                if (lastType != null)
                    report(mode, lastType, n, bad, problems);

                if (!workspace.isEmpty()) {
                    try (ResultSet vs = st.executeQuery(
                             "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             + "WHERE n.nspname = '" + workspace + "' AND c.relkind = 'v' ORDER BY 1")) {
                        List<String> views = new ArrayList<>();
                        while (vs.next())
                            views.add(vs.getString(1));
                        for (String view : views) {
                            try (PreparedStatement ps = c.prepareStatement(
                                     "SELECT * FROM \"" + workspace + "\".\"" + view + "\"");
                                 ResultSet rs = ps.executeQuery()) {
                                ResultSetMetaData md = rs.getMetaData();
                                int rows = 0;
                                while (rs.next()) {
                                    rows++;
                                    for (int i = 1; i <= md.getColumnCount(); i++)
                                        rs.getObject(i);
                                }
                                ok(rows > 0, "pgJDBC " + mode + ": view " + view + " read, " + rows + " rows, "
                                   + md.getColumnCount() + " columns");
                                if (mode.equals("binary"))
                                    for (int i = 1; i <= md.getColumnCount(); i++)
                                        System.out.println("META\t" + view + "\t" + md.getColumnName(i) + "\t"
                                                           + md.getColumnType(i) + "\t" + md.getColumnTypeName(i));
                            }
                        }
                    }
                }
            }
        }
        if (args.length > 2)
            filters(url, args[2]);
        System.exit(failed == 0 ? 0 : 1);
    }

    // Filters with bind parameters, as a BI tool sends them: FILE has one
    // filter a line, LABEL <TAB> SQL with {p} where the parameter goes <TAB>
    // PARAMETER <TAB> ITS TYPE. Each runs on a connection with nothing set
    // (pgjdbc's defaults: setString sends varchar) and on one with
    // stringtype=unspecified, bound by setString, by setObject(Types.OTHER)
    // and by setString into CAST(? AS type). Prints "FILTER <TAB> connection
    // <TAB> binding <TAB> label <TAB> the first column of the rows, joined by
    // commas, or ERROR sqlstate" for drivers.py to compare with the server's
    // answer to the same query with a typed literal.
    static void filters(String url, String file) throws Exception {
        List<String[]> fs = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Paths.get(file)))
            if (!line.isEmpty())
                fs.add(line.split("\t", -1));
        for (String conn : new String[] {"nothing set", "stringtype=unspecified"}) {
            Properties p = new Properties();
            p.setProperty("user", System.getenv().getOrDefault("PGUSER", "postgres"));
            String pw = System.getenv("PGPASSWORD");
            if (pw != null)
                p.setProperty("password", pw);
            if (!conn.equals("nothing set"))
                p.setProperty("stringtype", "unspecified");
            try (Connection c = DriverManager.getConnection(url, p)) {
                for (String[] f : fs) {
                    for (String binding : new String[] {"setString", "setObject(OTHER)", "setString, CAST(? AS type)"}) {
                        String sql = f[1].replace("{p}", binding.startsWith("setString, CAST")
                                                         ? "CAST(? AS " + f[3] + ")" : "?");
                        String got;
                        try (PreparedStatement ps = c.prepareStatement(sql)) {
                            if (binding.equals("setObject(OTHER)"))
                                ps.setObject(1, f[2], Types.OTHER);
                            else
                                ps.setString(1, f[2]);
                            StringBuilder sb = new StringBuilder();
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next())
                                    sb.append(sb.length() == 0 ? "" : ",").append(rs.getString(1));
                            }
                            got = sb.toString();
                        } catch (java.sql.SQLException e) {
                            got = "ERROR " + e.getSQLState();
                        }
                        System.out.println("FILTER\t" + conn + "\t" + binding + "\t" + f[0] + "\t" + got);
                    }
                }
            }
        }
    }

    static void report(String mode, String typ, int n, int bad, List<String> problems) {
        ok(bad == 0, "pgJDBC " + mode + " (" + (mode.equals("binary") ? "binaryTransfer=true, prepareThreshold=-1"
                                                  : "binaryTransfer=false")
           + "): " + typ + ": " + n + " values written by setString, setObject(OTHER) and binary COPY, "
           + "read by getString and as send bytes, equal" + (bad == 0 ? "" : " (" + bad + " differ: " + problems + ")"));
    }
}
