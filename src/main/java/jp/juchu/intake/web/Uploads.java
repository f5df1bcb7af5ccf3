package jp.juchu.intake.web;

import jp.juchu.intake.OrderImports;
import org.springframework.web.multipart.MultipartFile;

final class Uploads {

    private Uploads() {
    }

    static OrderImports.Upload of(MultipartFile file) {
        return file == null ? null : new OrderImports.Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }
}
