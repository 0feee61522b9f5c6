plansiteSearchLoaded("w/u0/hi",{
"hinh":[1,-2]
});
