package org.sahelsim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UcdpCsvTest {
    @TempDir
    Path tmp;

    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() {
        assertEquals(List.of("1", "GATIA, MSA", "say \"hi\"", ""), UcdpCsv.split("1,\"GATIA, MSA\",\"say \"\"hi\"\"\","));
    }

    @Test
    void columnsAreFoundByName() throws Exception {
        Path f = tmp.resolve(UcdpCsv.FILE);
        Files.writeString(f, "best,id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,where_prec,date_start,deaths_civilians\n"
                + "7,42,2018,1,Government of Mali,\"GATIA, MSA\",Mali,Ménaka region,15.9,2.4,1,2018-03-04,2\n");
        UcdpEvent e = UcdpCsv.read(f).get(0);
        assertEquals(42, e.id());
        assertEquals(7, e.best());
        assertEquals("GATIA, MSA", e.sideB());
        assertEquals(2.4, e.lon());
        assertEquals(LocalDate.of(2018, 3, 4), e.date());
        assertEquals(2, e.civilians());
    }

    @Test
    void aBadNumberNamesTheFileAndLine() throws Exception {
        Path f = tmp.resolve(UcdpCsv.FILE);
        Files.writeString(f, "id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,where_prec,best,date_start,deaths_civilians\n"
                + "1,2018,1,A,B,Mali,,15.9,2.4,1,3,2018-01-02,0\n2,20x8,1,A,B,Mali,,15.9,2.4,1,3,2018-01-02,0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UcdpCsv.read(f));
        assertTrue(e.getMessage().contains(UcdpCsv.FILE + ":3"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path f = tmp.resolve(UcdpCsv.FILE);
        Files.writeString(f, "id,year\n1,2018\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UcdpCsv.read(f));
        assertTrue(e.getMessage().contains("'type_of_violence'"), e.getMessage());
    }
}
