plansiteSearchLoaded("w/u0/xu",{
"xuat":[1,-6]
});
