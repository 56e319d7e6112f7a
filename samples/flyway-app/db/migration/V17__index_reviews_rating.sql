CREATE INDEX reviews_rating_index ON reviews (rating);
