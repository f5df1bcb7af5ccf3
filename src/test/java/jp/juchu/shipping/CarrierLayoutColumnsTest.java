package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarrierLayoutColumnsTest {

    @Test
    void headersHaveTheDocumentedColumnCounts() {
        assertThat(B2CloudLayout.HEADER).hasSize(97);
        assertThat(EhidenLayout.HEADER).hasSize(42);
        assertThat(YupackPrintLayout.HEADER).hasSize(22);
        assertThat(new B2CloudLayout().row(B2CloudLayoutTest.sampleLabels().get(0), ExportOptions.DEFAULT,
                new LabelWarnings())).hasSize(97);
        assertThat(new EhidenLayout().row(EhidenLayoutTest.cases().get(0), ExportOptions.DEFAULT,
                new LabelWarnings())).hasSize(42);
        assertThat(new YupackPrintLayout().row(YupackPrintLayoutTest.cases().get(0), ExportOptions.DEFAULT,
                new LabelWarnings())).hasSize(22);
    }
}
