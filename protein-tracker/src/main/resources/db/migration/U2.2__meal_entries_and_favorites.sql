SET LOCAL lock_timeout = '5s';
DROP TABLE favorite_meals;
DROP TABLE meal_entries;
